package vn.congressplanner.demo;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.department.Department;
import vn.congressplanner.plan.Milestone;

/** The subcommittee's tasks (filled in by the tasks issue). */
@Component
class DemoPlan {

  void load(Congress congress, Map<String, Department> departments, List<Milestone> milestones) {
    // Tasks are added with the tasks capability.
  }
}
