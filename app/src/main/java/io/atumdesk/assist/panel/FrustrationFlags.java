package io.atumdesk.assist.panel;

import org.springframework.data.jpa.repository.JpaRepository;

interface FrustrationFlags extends JpaRepository<FrustrationFlag, Long> {}
