package org.jumelage.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The calculator form: blank rows left out of the plan, the plan's fields mapped back to the rows, row limits. */
class GrantCalculatorFormTests {

    static GrantCalculatorForm formWithBlankFirstRows() {
        GrantCalculatorForm form = new GrantCalculatorForm();
        form.setMeasure("E4C-2014-TT");
        form.getApplicant().setCountry("LV");
        form.getPartners().get(1).setCountry("LT");
        form.addRow("add-event");
        GrantCalculatorForm.EventRow event = form.getEvents().get(1);
        event.setHostCountry("LV");
        event.getDelegations().get(1).setCountry("EE");
        event.getDelegations().get(1).setParticipants(8);
        return form;
    }

    @Test
    void leavesBlankRowsOutOfThePlan() {
        GrantCalculatorForm.Plan plan = formWithBlankFirstRows().toPlan();

        assertThat(plan.request().partners())
                .singleElement()
                .satisfies(partner -> assertThat(partner.country()).isEqualTo("LT"));
        assertThat(plan.request().events()).singleElement().satisfies(event -> {
            assertThat(event.hostCountry()).isEqualTo("LV");
            assertThat(event.delegations())
                    .containsExactly(new GrantCalculationRequest.Delegation("EE", null, 8, null));
        });
    }

    @Test
    void mapsTheFieldsOfThePlanBackToTheRowsOfTheForm() {
        GrantCalculatorForm.Plan plan = formWithBlankFirstRows().toPlan();

        assertThat(plan.formField("partners[0].country")).isEqualTo("partners[1].country");
        assertThat(plan.formField("events[0].startDate")).isEqualTo("events[1].startDate");
        assertThat(plan.formField("events[0].delegations[0].participants"))
                .isEqualTo("events[1].delegations[1].participants");
        assertThat(plan.formField("events[0]")).isEqualTo("events[1]");
        assertThat(plan.formField("projectEnd")).isEqualTo("projectEnd");
        assertThat(plan.formField("events[7].endDate")).isEqualTo("events[7].endDate");
    }

    @Test
    void addsRowsUpToTheLimitsAndIgnoresUnknownButtons() {
        GrantCalculatorForm form = new GrantCalculatorForm();
        for (int i = 0; i < 50; i++) {
            form.addRow("add-partner");
            form.addRow("add-delegation-0");
        }
        form.addRow("add-delegation-9");
        form.addRow("add-delegation-x");
        form.addRow("calculate");

        assertThat(form.getPartners()).hasSize(GrantCalculatorForm.MAX_PARTNERS);
        assertThat(form.getEvents()).hasSize(GrantCalculatorForm.EVENT_ROWS);
        assertThat(form.getEvents().get(0).getDelegations()).hasSize(GrantCalculatorForm.MAX_DELEGATIONS);
    }

    @Test
    void dropsRowsBeyondTheLimitsThatARequestNamed() {
        GrantCalculatorForm form = new GrantCalculatorForm();
        for (int i = 0; i < 40; i++) {
            form.getEvents().add(new GrantCalculatorForm.EventRow());
        }

        form.trim();

        assertThat(form.getEvents()).hasSize(GrantCalculatorForm.MAX_EVENTS);
    }
}
