import type { Network, Role } from '../../db/schema.ts';

/** A network as the API shows it to someone with `role` in it. */
export function toNetworkView(network: Network, role: Role) {
  return {
    id: network.id,
    name: network.name,
    description: network.description,
    anonymityK: network.anonymity_k,
    version: network.version,
    createdAt: network.created_at.toISOString(),
    updatedAt: network.updated_at.toISOString(),
    myRole: role,
  };
}
