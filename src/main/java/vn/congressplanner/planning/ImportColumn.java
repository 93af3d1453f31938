package vn.congressplanner.planning;

import java.util.List;

/**
 * The columns of the import template, in order: the database column that keeps the typed cell, the
 * message key of the header, and the task form fields whose rule messages belong next to it.
 */
enum ImportColumn {
  TITLE("title", List.of("title")),
  WORKSTREAM("workstream", List.of("workstream")),
  PHASE("phase", List.of("phase")),
  LEAD_DEPARTMENT("lead_department", List.of("leadDepartment")),
  COOPERATING_DEPARTMENTS("cooperating_departments", List.of("cooperatingDepartments")),
  DEADLINE("deadline", List.of("deadline", "deadlineOffsetDays", "deadlineChangeReason")),
  START_DATE("start_date", List.of("startDate")),
  PRIORITY("priority", List.of("priority")),
  CONFIDENTIALITY("confidentiality", List.of("confidentiality")),
  MILESTONE("milestone", List.of("milestone")),
  DESCRIPTION("description", List.of("description"));

  final String dbColumn;
  final List<String> fields;

  ImportColumn(String dbColumn, List<String> fields) {
    this.dbColumn = dbColumn;
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
