package io.atumdesk.people;

import io.atumdesk.core.Actor;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: an {@link Actor} plus, until authentication ends, its password hash. */
final class SignedInUser implements UserDetails, CredentialsContainer {

  private final Actor actor;
  private final boolean enabled;
  private final String displayName;
  private String passwordHash;

  SignedInUser(UserAccount account) {
    this.actor = account.actor();
    this.enabled = account.enabled();
    this.displayName = account.displayName();
    this.passwordHash = account.passwordHash();
  }

  Actor actor() {
    return actor;
  }

  CurrentUser currentUser() {
    return new CurrentUser(actor, displayName);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return actor.roles().stream()
        .map(role -> new SimpleGrantedAuthority(role.authority()))
        .toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  List<String> groups() {
    return List.copyOf(actor.groups());
  }
}
