package vn.congressplanner.congress.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congressplanner.congress.Congress;

public interface CongressRepository extends JpaRepository<Congress, Long> {

  Optional<Congress> findFirstByCurrentTrue();

  List<Congress> findAllByOrderByOpeningDateDescIdDesc();
}
