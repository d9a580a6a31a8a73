class Widget {
  static count = 0;
  constructor(name) { this.name = name; Widget.count++; }
  describe() { return `widget:${this.name}`; }
  static create(name) { return new Widget(name); }
}
module.exports = Widget;
