// Preloaded (`node --import`) into the second site build of the determinism check: shifts every JavaScript
// clock reading to 2031-03-04T05:06:07Z, so any timestamp the build writes differs from the first build and
// can be searched for by its date.
const shift = Date.UTC(2031, 2, 4, 5, 6, 7) - Date.now();
const RealDate = Date;
class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + shift);
    else super(...args);
  }
  static now() {
    return RealDate.now() + shift;
  }
}
globalThis.Date = ShiftedDate;
