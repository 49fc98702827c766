package io.atumdesk.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The votes cast on the tenant's changes. */
interface ChangeVotes extends JpaRepository<ChangeVote, Long> {

  List<ChangeVote> findByTicketIdOrderByCastAt(Long ticketId);

  List<ChangeVote> findByTicketIdAndBoard(Long ticketId, ApprovalRoute board);

  boolean existsByTicketIdAndBoardAndVoter(Long ticketId, ApprovalRoute board, String voter);
}
