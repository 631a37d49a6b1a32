package coop.khidma.support;

import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.ItemKind;
import coop.khidma.intake.entity.VerificationMethod;

/** Requests registered at the counter and walked through intake by staff with the boundary's own calls. */
public final class CounterIntakes {

    private CounterIntakes() {
    }

    /**
     * A request of {@code type} registered at the counter, its fields given ({@code code, value} pairs), every
     * mandatory item verified and intake completed; returns its reference as it then stands.
     */
    public static RequestRef verified(RunAs runAs, Requests requests, String type, String... given) throws Exception {
        RequestView filed = runAs.staff(() -> requests.register(type, Channel.IN_PERSON, "عضو الجمعية",
                "0509876543", null));
        RequestRef shown = runAs.staff(() -> requests.startIntake(filed.ref())).ref();
        for (int i = 0; i < given.length; i += 2) {
            String code = given[i];
            String value = given[i + 1];
            RequestRef before = shown;
            shown = runAs.staff(() -> requests.provide(before, code, value)).ref();
        }
        for (RequestView.Item item : runAs.staff(() -> requests.detail(filed.ref().reference())).items()) {
            if (item.mandatory()) {
                RequestRef before = shown;
                shown = runAs.staff(() -> requests.verifyItem(before, item.code(), item.kind() == ItemKind.FIELD
                        ? VerificationMethod.MATCHED_REGISTRY : VerificationMethod.COPY_RECEIVED)).ref();
            }
        }
        RequestRef verified = shown;
        return runAs.staff(() -> requests.completeIntake(verified)).ref();
    }
}
