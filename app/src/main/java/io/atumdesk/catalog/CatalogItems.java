package io.atumdesk.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The tenant's catalog items (the tenant filter applies to every query). */
interface CatalogItems extends JpaRepository<CatalogItem, Long> {

  List<CatalogItem> findAllByOrderByCategoryAscNameAsc();

  Optional<CatalogItem> findByNameIgnoreCase(String name);

  /** Active items whose name, category or description contains the text (lower case, escaped). */
  @Query(
      """
      select i from CatalogItem i where i.active = true
        and (:category is null or i.category = :category)
        and (lower(i.name) like :text escape '\\' or lower(i.description) like :text escape '\\'
             or lower(i.category) like :text escape '\\')
      order by i.category, i.name""")
  List<CatalogItem> findOffered(@Param("category") String category, @Param("text") String text);
}
