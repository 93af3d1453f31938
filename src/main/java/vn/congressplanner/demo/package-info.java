/**
 * Demo data (profile {@code demo}): the Yên Bái XIX provincial congress, its departments, one user
 * per role, and the subcommittee's plan. Loaded once; a restart does not duplicate it.
 */
package vn.congressplanner.demo;
