/**
 * The change log: who changed which field of which record, when, from what to what, and why. Every
 * module records its changes here; admins search the whole log.
 */
package vn.congressplanner.history;
