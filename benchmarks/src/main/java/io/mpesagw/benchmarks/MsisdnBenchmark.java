package io.mpesagw.benchmarks;

import io.mpesagw.msisdn.KenyanMsisdn;
import io.mpesagw.msisdn.MsisdnParse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What reading a typed phone number costs, since every checkout and STK request does it once:
 * {@code parseMix} cycles through inputs taken from libs/msisdn/vectors (accepted forms and each
 * kind of rejection); {@code parseCanonical} is the common case of an already clean 254 number.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class MsisdnBenchmark {

    private static final String[] MIX = {
        "0712345678", "712345678", "254712345678", "+254712345678", "00254712345678", "000254712345678",
        "+254 (0) 712 345 678", "2540712345678", "tel:+254712345678", "0712 345 678", "07 12 34 56 78",
        "0712-345-678", "(+254) 712 345 678", "0712\u00A0345\u00A0678", "\u200B0712\u200C345678\uFEFF",
        "\uFF10\uFF17\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18", "\u201C0712345678\u201D",
        "0110345678", "0733123456", "0771234567", "0764123456", "0747123456", "",
        "0712abc678", "0712345", "07123456789", "020 2345678", "0800 723 456", "0900 223 456",
        "+255712345678", "0254712345678"};

    private int next;

    @Benchmark
    public MsisdnParse parseMix() {
        next = next + 1 == MIX.length ? 0 : next + 1;
        return KenyanMsisdn.parse(MIX[next]);
    }

    @Benchmark
    public MsisdnParse parseCanonical() {
        return KenyanMsisdn.parse("254712345678");
    }
}
