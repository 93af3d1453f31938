package vn.congressplanner.account.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congressplanner.account.UserAccount;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

  @EntityGraph(attributePaths = "department")
  Optional<UserAccount> findByUsernameIgnoreCase(String username);

  List<UserAccount> findByUsernameIn(java.util.Collection<String> usernames);

  boolean existsByUsernameIgnoreCase(String username);

  @EntityGraph(attributePaths = "department")
  List<UserAccount> findAllByOrderByUsernameAsc();

  @EntityGraph(attributePaths = "department")
  Optional<UserAccount> findWithDepartmentById(Long id);
}
