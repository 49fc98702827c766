package io.atumdesk.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link TicketFilter} into one query; the tenant condition is added by Hibernate. */
final class TicketSpecifications {

  private TicketSpecifications() {}

  static Specification<Ticket> matching(TicketFilter filter) {
    return (root, query, cb) -> {
      List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
      if (filter.statuses() != null && !filter.statuses().isEmpty()) {
        where.add(root.get("status").in(filter.statuses()));
      }
      if (filter.types() != null && !filter.types().isEmpty()) {
        where.add(root.get("type").in(filter.types()));
      }
      if (filter.priorities() != null && !filter.priorities().isEmpty()) {
        where.add(root.get("priority").in(filter.priorities()));
      }
      equal(where, cb, root.get("assignmentGroup"), filter.assignmentGroup());
      equal(where, cb, root.get("assignee"), filter.assignee());
      equal(where, cb, root.get("requester"), filter.requester());
      if (filter.text() != null && !filter.text().isBlank()) {
        String text = filter.text().trim();
        String pattern = "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
        where.add(
            cb.or(
                cb.equal(root.get("key"), text.toUpperCase(Locale.ROOT)),
                cb.like(cb.lower(root.get("subject")), pattern, '\\')));
      }
      return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
    };
  }

  private static void equal(
      List<jakarta.persistence.criteria.Predicate> where,
      jakarta.persistence.criteria.CriteriaBuilder cb,
      jakarta.persistence.criteria.Path<Object> path,
      String value) {
    if (value != null && !value.isBlank()) {
      where.add(cb.equal(path, value.trim()));
    }
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
