export default () => 'arrow result';
