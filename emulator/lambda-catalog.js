// What a fresh Lambda emulator holds: regions with their descriptions (the spec's enum) and a small
// instance-type catalog shaped like the live one. The emulator keeps its own list, apart from the
// action's, so that it stays an independent oracle.

/** @type {Readonly<Record<string, string>>} region name → description */
export const REGIONS = {
  'europe-central-1': 'Germany',
  'asia-south-1': 'India',
  'australia-east-1': 'Australia',
  'me-west-1': 'Israel',
  'asia-northeast-1': 'Tokyo',
  'asia-northeast-2': 'Seoul',
  'us-east-1': 'Virginia, USA',
  'us-west-2': 'Arizona, USA',
  'us-west-1': 'California, USA',
  'us-south-1': 'Texas, USA',
  'us-west-3': 'Utah, USA',
  'us-midwest-1': 'Illinois, USA',
  'us-east-2': 'Washington DC, USA',
  'us-south-2': 'North Texas, USA',
  'us-south-3': 'Central Texas, USA',
  'us-east-3': 'Ohio, USA',
  'us-midwest-2': 'Kansas, USA',
};

/**
 * @typedef {{ name: string, description: string }} Region
 * @typedef {{
 *   instance_type: {
 *     name: string, description: string, gpu_description: string, price_cents_per_hour: number,
 *     specs: { vcpus: number, memory_gib: number, storage_gib: number, gpus: number },
 *   },
 *   regions_with_capacity_available: Region[],
 * }} InstanceTypeEntry
 */

/**
 * @param {string} name a region name; one outside the spec's list gets a generic description
 * @returns {Region}
 */
export function region(name) {
  return { name, description: REGIONS[name] ?? 'Somewhere new' };
}

/**
 * One catalog entry, `gpu_{count}x_{model}[_{variant}]`, with capacity in `regions`.
 * @param {string} name
 * @param {string[]} regions
 * @returns {InstanceTypeEntry}
 */
export function instanceType(name, regions) {
  const match = /^gpu_(\d+)x_([a-z0-9]+)/.exec(name);
  const gpus = Number(match?.[1] ?? 1);
  const model = (match?.[2] ?? 'gpu').toUpperCase();
  return {
    instance_type: {
      name,
      description: `${gpus}x ${model}`,
      gpu_description: model,
      price_cents_per_hour: 249 * gpus,
      specs: { vcpus: 26 * gpus, memory_gib: 225 * gpus, storage_gib: 2750 * gpus, gpus },
    },
    regions_with_capacity_available: regions.map(region),
  };
}

/** @returns {Record<string, InstanceTypeEntry>} a fresh copy of the default catalog */
export function defaultCatalog() {
  return Object.fromEntries(
    /** @type {[string, string[]][]} */ ([
      ['gpu_1x_a10', ['us-west-1', 'us-east-1']],
      ['gpu_1x_h100_pcie', ['us-west-1']],
      ['gpu_1x_h100_sxm5', ['us-west-1', 'us-east-1', 'us-south-1']],
      ['gpu_8x_h100_sxm5', ['us-west-2']],
      ['gpu_1x_gh200', ['us-east-3']],
      ['gpu_8x_b200_sxm6', []],
    ]).map(([name, regions]) => [name, instanceType(name, regions)]),
  );
}
