package org.jumelage.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.OrganisationType;

/**
 * A plan to check against the programme rules, as the API receives it. Every value may be missing
 * in the JSON; {@link GrantPlanReader} names each one that is missing or wrong.
 */
@Schema(
        name = "GrantCalculationRequest",
        description = "A project plan: measure and call, applicant and partners, events and the delegations they host.")
record GrantCalculationRequest(
        @Schema(description = "Measure code, see /api/v1/measures", example = "E4C-2014-TT") @Nullable
        String measure,

        @Schema(description = "The call's deadline; selects the rule set. Give it or callYear.", example = "2018-03-01")
        @Nullable
        LocalDate deadline,

        @Schema(description = "The call year, when the deadline is not known", example = "2018") @Nullable
        Integer callYear,

        @Schema(description = "The applicant (lead partner)") @Nullable
        Party applicant,

        @Schema(description = "The other partners (co-applicants)") @Nullable
        List<@Nullable Party> partners,

        @Schema(example = "2018-11-08") @Nullable LocalDate projectStart,
        @Schema(example = "2018-11-12") @Nullable LocalDate projectEnd,

        @Schema(description = "The project's events with the delegations they host") @Nullable
        List<@Nullable Event> events,

        @Schema(description = "The grant applied for, in euros, where the measure lets the applicant state it")
        @Nullable
        BigDecimal declaredGrant) {

    /** The applicant or a partner. */
    @Schema(name = "GrantCalculationParty")
    record Party(
            @Schema(description = "ISO 3166-1 alpha-2 code", example = "LV") @Nullable
            String country,

            @Schema(description = "Kind of body; leave out when not known", example = "MUNICIPALITY") @Nullable
            OrganisationType type) {}

    /** One event of the plan. */
    @Schema(name = "GrantCalculationEvent")
    record Event(
            @Schema(description = "ISO 3166-1 alpha-2 code of the host country", example = "LV") @Nullable
            String hostCountry,

            @Schema(description = "GeoNames id of the host town, see /api/v1/towns", example = "460413") @Nullable
            Long hostTown,

            @Schema(example = "2018-11-08") @Nullable LocalDate startDate,
            @Schema(example = "2018-11-12") @Nullable LocalDate endDate,

            @Schema(description = "Direct participants from the host country (not invited)", example = "40") @Nullable
            Integer localParticipants,

            @Nullable List<@Nullable Delegation> delegations) {}

    /** The group one partner sends to one event. */
    @Schema(name = "GrantCalculationDelegation")
    record Delegation(
            @Schema(description = "ISO 3166-1 alpha-2 code", example = "LT") @Nullable
            String country,

            @Schema(description = "GeoNames id of the town the delegation comes from", example = "598316") @Nullable
            Long town,

            @Schema(description = "People in the delegation", example = "12") @Nullable
            Integer participants,

            @Schema(description = "Round trip in km; computed from the two towns when left out", example = "380")
            @Nullable
            Integer roundTripKm) {}
}
