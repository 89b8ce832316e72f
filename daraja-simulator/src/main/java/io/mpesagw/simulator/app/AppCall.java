package io.mpesagw.simulator.app;

/** The Daraja calls counted per app: those made with the app's credentials or one of its tokens. */
public enum AppCall {
    OAUTH, STK_PUSH, STK_QUERY, B2C
}
