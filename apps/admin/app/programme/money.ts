export const sumCents = (amounts: readonly number[]) => amounts.reduce((a, b) => a + b, 0);
