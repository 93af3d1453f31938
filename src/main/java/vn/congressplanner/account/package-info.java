/**
 * Users, roles and clearances; login, lockout, passwords and the security configuration. Other
 * modules see the signed-in user as an {@link vn.congressplanner.account.Actor}.
 */
package vn.congressplanner.account;
