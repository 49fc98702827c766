package io.atumdesk.people;

import org.springframework.data.jpa.repository.JpaRepository;

/** All tenants. */
public interface Tenants extends JpaRepository<Tenant, String> {}
