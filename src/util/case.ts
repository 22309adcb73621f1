/** LAMBDA_API_KEY → lambdaApiKey: how a secret name reads as an ESC key. */
export const camelCase = (name: string): string =>
  name.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
