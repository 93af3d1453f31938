package vn.congressplanner.planning;

import java.util.List;

/**
 * The columns of the import template, in order: the database column that keeps the typed cell and
 * its size (V61), the message key of the header, and the task form fields whose rule messages
 * belong next to it.
 */
enum ImportColumn {
  TITLE("title", 2000, List.of("title")),
  WORKSTREAM("workstream", 200, List.of("workstream")),
  PHASE("phase", 200, List.of("phase")),
  LEAD_DEPARTMENT("lead_department", 1000, List.of("leadDepartment")),
  COOPERATING_DEPARTMENTS("cooperating_departments", 4000, List.of("cooperatingDepartments")),
  DEADLINE("deadline", 200, List.of("deadline", "deadlineOffsetDays", "deadlineChangeReason")),
  START_DATE("start_date", 200, List.of("startDate")),
  PRIORITY("priority", 200, List.of("priority")),
  CONFIDENTIALITY("confidentiality", 200, List.of("confidentiality")),
  MILESTONE("milestone", 2000, List.of("milestone")),
  DESCRIPTION("description", 12000, List.of("description"));

  final String dbColumn;

  /**
   * The longest cell kept (the column's size). Each is longer than anything its task field accepts,
   * so a cell cut to it is still refused in the preview, next to its column.
   */
  final int maxLength;

  final List<String> fields;

  ImportColumn(String dbColumn, int maxLength, List<String> fields) {
    this.dbColumn = dbColumn;
    this.maxLength = maxLength;
    this.fields = fields;
  }

  String header() {
    return "import.column." + name();
  }

  /** The column a rule message on {@code field} belongs to, or {@code null} for the whole row. */
  static ImportColumn of(String field) {
    if (field == null) {
      return null;
    }
    for (ImportColumn c : values()) {
      if (c.fields.contains(field)) {
        return c;
      }
    }
    return null;
  }
}
