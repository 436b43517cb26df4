package vn.motcua.organization.agency;

import java.net.URI;

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

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.AgencyType;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/** REST API of agencies: reading for every officer, changes for administrators in scope. */
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyApiController {

    private final AgencyService agencies;

    AgencyApiController(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    PageResult<AgencyView> list(Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) AgencyType type, @RequestParam(required = false) AdministrativeLevel level,
            @RequestParam(required = false) Long parent, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return agencies.search(actor, new AgencyFilter(q, type, level, parent, active), PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    AgencyView get(Actor actor, @PathVariable long id) {
        return agencies.get(actor, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AgencyView> create(Actor actor, @RequestBody AgencyCommand command) {
        AgencyView created = agencies.create(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    AgencyView update(Actor actor, @PathVariable long id, @RequestBody AgencyCommand command) {
        return agencies.update(actor, id, command);
    }

    @PostMapping("/{id}/deactivate")
    AgencyView deactivate(Actor actor, @PathVariable long id) {
        return agencies.setActive(actor, id, false);
    }

    @PostMapping("/{id}/activate")
    AgencyView activate(Actor actor, @PathVariable long id) {
        return agencies.setActive(actor, id, true);
    }
}
