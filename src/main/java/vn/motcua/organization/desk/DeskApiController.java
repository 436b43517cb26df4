package vn.motcua.organization.desk;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/** REST API of one-stop desks and their counters. */
@RestController
@RequestMapping("/api/v1")
class DeskApiController {

    private final DeskService desks;
    private final CounterService counters;

    DeskApiController(DeskService desks, CounterService counters) {
        this.desks = desks;
        this.counters = counters;
    }

    @GetMapping("/desks")
    PageResult<DeskView> list(Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long agency, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return desks.search(actor, q, agency, active, PageRequest.of(page, size));
    }

    @GetMapping("/desks/{id}")
    DeskView get(Actor actor, @PathVariable long id) {
        return desks.get(actor, id);
    }

    @PostMapping("/desks")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DeskView> create(Actor actor, @RequestBody DeskCommand command) {
        DeskView created = desks.create(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/desks/" + created.id())).body(created);
    }

    @PutMapping("/desks/{id}")
    DeskView update(Actor actor, @PathVariable long id, @RequestBody DeskCommand command) {
        return desks.update(actor, id, command);
    }

    @PostMapping("/desks/{id}/deactivate")
    DeskView deactivate(Actor actor, @PathVariable long id) {
        return desks.setActive(actor, id, false);
    }

    @PostMapping("/desks/{id}/activate")
    DeskView activate(Actor actor, @PathVariable long id) {
        return desks.setActive(actor, id, true);
    }

    @GetMapping("/desks/{id}/counters")
    List<CounterView> counters(Actor actor, @PathVariable long id) {
        return counters.ofDesk(actor, id);
    }

    @PostMapping("/desks/{id}/counters")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CounterView> createCounter(Actor actor, @PathVariable long id,
            @RequestBody CounterCommand command) {
        CounterView created = counters.create(actor, id, command);
        return ResponseEntity.created(URI.create("/api/v1/counters/" + created.id())).body(created);
    }

    @GetMapping("/counters/{id}")
    CounterView counter(Actor actor, @PathVariable long id) {
        return counters.get(actor, id);
    }

    @PutMapping("/counters/{id}")
    CounterView updateCounter(Actor actor, @PathVariable long id, @RequestBody CounterCommand command) {
        return counters.update(actor, id, command);
    }

    @PostMapping("/counters/{id}/deactivate")
    CounterView deactivateCounter(Actor actor, @PathVariable long id) {
        return counters.setActive(actor, id, false);
    }

    @PostMapping("/counters/{id}/activate")
    CounterView activateCounter(Actor actor, @PathVariable long id) {
        return counters.setActive(actor, id, true);
    }
}
