/**
 * The assembly's aggregates: {@link coop.khidma.assembly.entity.GeneralAssembly} with its agenda, one
 * {@link coop.khidma.assembly.entity.AssemblyInvitation} per member invited, the
 * {@link coop.khidma.assembly.entity.Proxy} a member gives another, and the bylaws' figures
 * ({@link coop.khidma.assembly.entity.AssemblyRules}). Policy: the relationship with General Assembly members.
 */
package coop.khidma.assembly.entity;
