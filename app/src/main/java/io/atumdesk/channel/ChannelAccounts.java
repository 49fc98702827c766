package io.atumdesk.channel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's messaging accounts. */
interface ChannelAccounts extends JpaRepository<ChannelAccount, Long> {

  Optional<ChannelAccount> findByChannelAndName(String channel, String name);

  Optional<ChannelAccount> findByChannelAndHookKey(String channel, String hookKey);

  boolean existsByChannelAndName(String channel, String name);

  List<ChannelAccount> findAllByOrderByChannelAscNameAsc();
}
