package vn.motcua.dossier.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.DocumentRequirement;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.documents.FileStorage;
import vn.motcua.documents.StoredFile;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.processing.RequestKeys;
import vn.motcua.dossier.processing.Transitions;
import vn.motcua.dossier.processing.Transitions.AddedDocument;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.AdministrativeUnits;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyRef;
import vn.motcua.organization.Officers;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;
import vn.motcua.dossier.IntakeCommand;
import vn.motcua.dossier.RuleSet;

/**
 * Creates dossiers on every channel. An online dossier waits as SUBMITTED for a reception officer;
 * at the counter or by post the officer's decision is applied in the same transaction. The code is
 * allocated at creation, so an online applicant can follow the dossier from the first minute.
 */
@Service
public class IntakeService {

    /** The dossier's columns for what the applicant or the officer writes. */
    static final int MAX_SUMMARY = 1000;
    static final int MAX_REPRESENTATIVE = 2000;

    private final Catalog catalog;
    private final Agencies agencies;
    private final Officers officers;
    private final DossierCodes codes;
    private final Transitions transitions;
    private final BusinessZone zone;
    private final FileStorage files;
    private final AdministrativeUnits units;
    private final Clock clock;

    IntakeService(Catalog catalog, Agencies agencies, Officers officers, DossierCodes codes,
            Transitions transitions, FileStorage files, AdministrativeUnits units, BusinessZone zone, Clock clock) {
        this.units = units;
        this.files = files;
        this.catalog = catalog;
        this.agencies = agencies;
        this.officers = officers;
        this.codes = codes;
        this.transitions = transitions;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * Online submission by the applicant's account: a citizen, or an API client holding the
     * {@link Role#FILING} role (filing for applicants). Officers receive at the desk instead.
     */
    @Transactional
    public Dossier submitOnline(Actor actor, IntakeCommand command) {
        if (actor.kind() == Actor.Kind.OFFICER) {
            throw ProblemException.forbidden("dossier.forbidden.officerSubmits");
        }
        if (actor.kind() != Actor.Kind.CITIZEN && !actor.hasRole(Role.FILING)) {
            throw ProblemException.forbidden("dossier.forbidden.filingRole");
        }
        return create(actor, command, Channel.ONLINE, null);
    }

    /** At the counter or by post: the reception officer records the dossier and decides at once. */
    @Transactional
    public Dossier receiveAtDesk(Actor actor, IntakeCommand command) {
        if (!actor.hasRole(Role.RECEPTION) || actor.officerId() == null) {
            throw ProblemException.forbidden("dossier.forbidden.role");
        }
        Validation v = new Validation()
                .check(command.channel() == Channel.DIRECT || command.channel() == Channel.POSTAL, "channel",
                        "dossier.intake.channel")
                .check(command.decision() != null, "decision", "problem.field.required");
        v.throwIfInvalid();
        return create(actor, command, command.channel(), command.decision());
    }

    /**
     * Files the dossier. The request key, if any, is claimed first (after the checks of who may file, before
     * the code is taken): a retry of this account's filing is answered with the dossier it made, an
     * overlapping one waits for it, so that one key never makes two dossiers.
     */
    private Dossier create(Actor actor, IntakeCommand command, Channel channel, IntakeCommand.Decision decision) {
        String key = RequestKeys.of(null, command.requestId());
        if (key != null) {
            var earlier = transitions.claimFiling(actor, key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = clock.instant();
        Validation v = new Validation();
        ProcedureVersion procedure = command.procedureCode() == null ? null
                : catalog.current(command.procedureCode()).filter(p -> p.content().isActive()).orElse(null);
        v.check(procedure != null, "procedureCode", "dossier.procedure.unknown");
        v.check(command.applicant() != null, "applicant", "problem.field.required");
        if (command.applicant() != null) {
            command.applicant().validate(v, "applicant.", zone.dateOf(now));
            String unit = command.applicant().unitCode();
            v.check(unit == null || units.byCode(AdministrativeUnits.EDITION_2025, unit)
                    .filter(u -> u.level() == AdministrativeLevel.COMMUNE).isPresent(),
                    "applicant.unitCode", "dossier.applicant.unitCode");
        }
        v.multiLine("representative", command.representative(), MAX_REPRESENTATIVE);
        v.multiLine("summary", command.summary(), MAX_SUMMARY);
        new ActionInput(command.requestId(), null, command.note(), null, null, null, null).validate(v);
        for (int i = 0; i < command.documents().size(); i++) {
            IntakeCommand.SubmittedDocument doc = command.documents().get(i);
            v.line("documents[" + i + "].requirement", doc.requirement(), 500);
            v.line("documents[" + i + "].fileName", doc.fileName(), 255);
            v.line("documents[" + i + "].fileId", doc.fileId(), 36);
        }
        v.throwIfInvalid();
        var content = procedure.content();
        if (channel == Channel.ONLINE && content.onlineLevel() == OnlineLevel.NONE) {
            throw ProblemException.invalid("procedureCode", "dossier.online.notOffered");
        }
        AgencyRef resolving = resolvingAgency(content.resolvingAgency().orElse(null), command.agencyCode());
        long receiving = channel == Channel.ONLINE ? resolving.id() : receivingAgency(actor, resolving, content);
        if (decision == null || decision == IntakeCommand.Decision.RECEIVE) {
            requireDocuments(content.documents(), command.documents());
        }
        List<AddedDocument> documents = storedFiles(command.documents());
        String receivingCode = agencies.byId(receiving).map(AgencyRef::code).orElseThrow();
        Delivery delivery = command.delivery() != null ? command.delivery()
                : channel == Channel.ONLINE ? Delivery.ONLINE : Delivery.COUNTER;
        Dossier draft = new Dossier(0, codes.next(receivingCode, now).value(), DossierStatus.SUBMITTED, null,
                new Dossier.Procedure(content.code(), procedure.version(), content.name(), content.field(),
                        resolving.level().name(), content.onlineLevel().name()),
                new Dossier.Placement(resolving.id(), receiving, null, channel, delivery),
                new Dossier.CurrentStep(0, 0, receiving, Role.RECEPTION, null, now, null),
                new Dossier.Timeline(now, null, null, null, null, null, null, 0),
                command.applicant(),
                new Dossier.Filing(command.representative(), channel == Channel.ONLINE ? actor.accountId() : null,
                        command.summary(), RuleSet.inForceAt(now, zone.zone())),
                0);
        Dossier submitted = transitions.submit(draft, actor, key, documents);
        if (decision == null) {
            return submitted;
        }
        DossierAction action = switch (decision) {
            case RECEIVE -> DossierAction.RECEIVE;
            case SUPPLEMENT -> DossierAction.REQUEST_SUPPLEMENT_AT_INTAKE;
            case REFUSE -> DossierAction.REFUSE_INTAKE;
        };
        return transitions.decide(submitted, action, actor,
                new ActionInput(key, null, command.note(), null, null, null, null));
    }

    private AgencyRef resolvingAgency(String procedureAgency, String commandAgency) {
        String code = procedureAgency != null ? procedureAgency : commandAgency;
        if (code == null || code.isBlank()) {
            throw ProblemException.invalid("agencyCode", "dossier.intake.agencyRequired");
        }
        return agencies.byCode(code.trim()).filter(AgencyRef::active)
                .orElseThrow(() -> ProblemException.invalid(procedureAgency != null ? "procedureCode" : "agencyCode",
                        "dossier.agency.unknown", code));
    }

    /**
     * The receiving officer's agency. Receiving for another agency needs the procedure to allow
     * reception regardless of residence, or a reception role covering the resolving agency.
     */
    private long receivingAgency(Actor actor, AgencyRef resolving, ProcedureDefinition content) {
        long own = officers.byId(actor.officerId()).map(o -> o.agencyId())
                .orElseThrow(() -> ProblemException.forbidden("dossier.forbidden.role"));
        boolean allowed = actor.can(Role.RECEPTION, resolving.id())
                || Boolean.TRUE.equals(content.anyResidence()) && actor.can(Role.RECEPTION, own);
        if (!allowed) {
            throw ProblemException.forbidden("dossier.forbidden.notReceivingFor");
        }
        return actor.can(Role.RECEPTION, own) ? own : resolving.id();
    }

    /** Each document with its stored file (none for a paper document); unknown file ids are refused. */
    private List<AddedDocument> storedFiles(List<IntakeCommand.SubmittedDocument> documents) {
        Validation v = new Validation();
        List<AddedDocument> result = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            IntakeCommand.SubmittedDocument doc = documents.get(i);
            StoredFile file = doc.fileId() == null ? null : files.find(doc.fileId()).orElse(null);
            v.check(doc.fileId() == null || file != null, "documents[" + i + "].fileId", "problem.field.unknown");
            result.add(new AddedDocument(doc.requirement(), file, doc.fileName()));
        }
        v.throwIfInvalid();
        return result;
    }

    private static void requireDocuments(List<DocumentRequirement> required, List<IntakeCommand.SubmittedDocument> given) {
        Set<String> names = given.stream().filter(d -> d.fileId() != null || d.fileName() != null)
                .map(d -> d.requirement() == null ? "" : d.requirement().strip()).collect(Collectors.toSet());
        Validation v = new Validation();
        for (int i = 0; i < required.size(); i++) {
            DocumentRequirement requirement = required.get(i);
            if (Boolean.TRUE.equals(requirement.required()) && !names.contains(requirement.name())) {
                v.add("documents", "dossier.document.missing", requirement.name());
            }
        }
        v.throwIfInvalid();
    }
}
