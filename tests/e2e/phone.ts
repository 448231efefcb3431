// Phone numbers for end-to-end tests. A number made of "06" and the clock's last eight digits is refused
// whenever those digits begin with a range no French mobile uses (06 39…: about seventeen minutes once a
// day), and 06 90…, 06 96… and a few others are overseas departments' mobiles, stored with their own
// codes: a test that types one fails or passes by the time of day.

/** A metropolitan mobile number nobody else uses in this run: 06 12 and six random digits. */
export function mobile(): { typed: string; e164: string } {
  const digits = `12${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  return { typed: `06 ${digits.replace(/(\d\d)(?=\d)/g, '$1 ')}`, e164: `+336${digits}` };
}
