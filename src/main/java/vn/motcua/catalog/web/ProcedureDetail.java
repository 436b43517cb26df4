package vn.motcua.catalog.web;

import java.util.List;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.DocumentRequirement;
import vn.motcua.catalog.FeeItem;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.OnTheSpot;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.organization.AdministrativeLevel;

/**
 * What a citizen reads before applying: documents to bring, time, cost, where to go, whether it is
 * online. The internal process is the agencies' business and is not shown.
 *
 * @param agency null when the dossier goes to the people's committee where it is received
 */
public record ProcedureDetail(String code, int version, String name, Field field, List<AdministrativeLevel> levels,
        AgencyInfo agency, boolean receivedWhereSubmitted, List<AgencyInfo> chain, TimeLimit timeLimit,
        List<DocumentRequirement> documents, List<FeeItem> fees, long totalFees, String result,
        OnlineLevel onlineLevel, OnTheSpot onTheSpot, List<ApplicantKind> applicants, boolean anyResidence,
        String legalBasis, String applicantSteps) {

    public record AgencyInfo(String code, String name) {
    }
}
