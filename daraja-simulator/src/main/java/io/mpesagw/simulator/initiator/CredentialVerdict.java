package io.mpesagw.simulator.initiator;

/** What M-Pesa makes of an initiator name and SecurityCredential; a refusal arrives as the Result. */
public sealed interface CredentialVerdict {

    /** Name and password are right: the request goes on to its business outcome. */
    record Accepted() implements CredentialVerdict {
    }

    /** The request fails with this Result code, whatever it asked for. */
    sealed interface Refused extends CredentialVerdict {

        String resultCode();

        String resultDesc();
    }

    /** Result 2001: unknown initiator, wrong password, or a credential not encrypted for this certificate. */
    record Invalid() implements Refused {

        @Override
        public String resultCode() {
            return "2001";
        }

        @Override
        public String resultDesc() {
            return "The initiator information is invalid.";
        }
    }

    /** Result 8006: too many bad credentials in a row; stays so until the control API unlocks it. */
    record Locked() implements Refused {

        @Override
        public String resultCode() {
            return "8006";
        }

        @Override
        public String resultDesc() {
            return "The security credential is locked.";
        }
    }
}
