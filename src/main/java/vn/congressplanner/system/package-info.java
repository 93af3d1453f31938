/**
 * Shared infrastructure: the clock, text normalisation, web configuration, error pages and common
 * exceptions. Open to every other module.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.congressplanner.system;
