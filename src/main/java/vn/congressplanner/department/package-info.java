/**
 * Departments (đơn vị): party boards, sectors, localities, forces and media that lead or cooperate
 * on tasks. Owns their names' uniqueness (NFC + case folding) and deactivation.
 */
package vn.congressplanner.department;
