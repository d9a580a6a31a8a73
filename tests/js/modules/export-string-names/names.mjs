const x = 'dash', y = 'space', z = 'smile';
export { x as "a-b", y as "with space", z as "😀", x as plain };
