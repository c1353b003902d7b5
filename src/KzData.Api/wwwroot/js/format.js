// Human-readable forms of the API's kebab-case enums, partial dates and quantities.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** "domestic-politics" -> "Domestic politics" */
export function label(kebab) {
  if (!kebab) return '';
  const words = kebab.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "2022-03-03" -> "3 March 2022", "2022-03" -> "March 2022", "2022" -> "2022". */
export function formatDate(date) {
  const [year, month, day] = date.split('-');
  if (!month) return year;
  const monthName = MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A fact's date, or its period when it has an end. */
export function formatPeriod(date, until) {
  if (!date) return '';
  return until ? `${formatDate(date)} – ${formatDate(until)}` : formatDate(date);
}

/** The date within its year, for the timeline: "3 Mar", "Mar", or "" for a whole year. */
export function formatDayInYear(date) {
  const [, month, day] = date.split('-');
  if (!month) return '';
  const monthName = MONTHS[Number(month) - 1].slice(0, 3);
  return day ? `${Number(day)} ${monthName}` : monthName;
}

/** ({ value: 200000, unit: 'people' }, 'at least') -> "At least 200,000 people" */
export function formatQuantity(quantity, boundWording = '') {
  const number = Number(quantity.value).toLocaleString('en-US');
  const figure = quantity.unit === 'percent' ? `${number}%` : `${number} ${quantity.unit}`;
  const text = boundWording ? `${boundWording} ${figure}` : figure;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const plural = (count, one, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
