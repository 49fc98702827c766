package io.atumdesk.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderItems extends JpaRepository<OrderItem, Long> {

  List<OrderItem> findByOrderIdOrderByPosition(Long orderId);

  Optional<OrderItem> findByOrderIdAndPosition(Long orderId, int position);
}
