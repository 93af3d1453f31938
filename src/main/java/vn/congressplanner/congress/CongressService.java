package vn.congressplanner.congress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.system.NotFoundException;

@Service
@Transactional(readOnly = true)
public class CongressService {

  private final CongressRepository congresses;

  public CongressService(CongressRepository congresses) {
    this.congresses = congresses;
  }

  /** The congress the pages show by default. */
  public Congress current() {
    return congresses
        .findFirstByCurrentTrue()
        .orElseThrow(() -> new NotFoundException("congress", "current"));
  }

  public java.util.Optional<Congress> currentIfAny() {
    return congresses.findFirstByCurrentTrue();
  }

  public Congress get(long id) {
    return congresses.findById(id).orElseThrow(() -> new NotFoundException("congress", id));
  }
}
