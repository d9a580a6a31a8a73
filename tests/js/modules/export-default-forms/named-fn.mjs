export default function namedThing() { return 'named fn called'; }
