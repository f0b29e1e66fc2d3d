package com.adaptive.jobs.ingest;

import com.adaptive.core.bar.BarInterval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BarLineParserTest {
    private final BarLineParser parser = new BarLineParser(BarInterval.M1);

    private static RawLine project(String text) {
        return new RawLine("bars.csv", 17, BarFileFormat.PROJECT_CSV, text);
    }

    @Test
    void parsesIsoTimeAndDecimalsExactly() {
        ParsedLine parsed = parser.parse(project("2023-03-16T22:15:00Z,24899.18,24943.98,24896.29,24934.2,293.13711"));

        assertThat(parsed).isEqualTo(new ParsedLine.Bar(project("2023-03-16T22:15:00Z,24899.18,24943.98,24896.29,24934.2,293.13711"),
                1679004900000L, 24899.18, 24943.98, 24896.29, 24934.2, 293.13711));
    }

    @Test
    void epochMillisAndIsoGiveTheSameOpenTime() {
        ParsedLine.Bar iso = (ParsedLine.Bar) parser.parse(project("2023-03-16T22:15:00Z,1,1,1,1,0"));
        ParsedLine.Bar millis = (ParsedLine.Bar) parser.parse(project("1679004900000,1,1,1,1,0"));

        assertThat(millis.openTimeMillis()).isEqualTo(iso.openTimeMillis()).isEqualTo(1679004900000L);
    }

    @Test
    void binanceMicrosecondTimesAreScaledToMillis() {
        String line = "1735689600000000,93576.00,93610.93,93537.50,93610.93,8.21827000,1735689659999999,768978.3,1316,4.2,393151.7,0";
        ParsedLine.Bar bar = (ParsedLine.Bar) parser.parse(new RawLine("k.csv", 1, BarFileFormat.BINANCE_KLINE, line));

        assertThat(bar.openTimeMillis()).isEqualTo(1735689600000L);
        assertThat(bar.volume()).isEqualTo(8.21827);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong_field_count     | 2023-03-16T22:15:00Z,1,2,3                  | bars.csv: line 17: expected 6 fields, found 4",
        "bad_time              | 2023-13-16T22:15:00Z,1,1,1,1,1             | bars.csv: line 17: open_time '2023-13-16T22:15:00Z' is not ISO-8601 UTC or epoch milliseconds",
        "bad_number            | 2023-03-16T22:15:00Z,1,abc,1,1,1           | bars.csv: line 17: high 'abc' is not a number",
        "non_finite            | 2023-03-16T22:15:00Z,1,NaN,1,1,1           | bars.csv: line 17: high is NaN",
        "high_below_open_close | 2023-03-16T22:15:00Z,100,99.0,98,100.5,1   | bars.csv: line 17: high 99.0 is below close 100.5",
        "low_above_open_close  | 2023-03-16T22:15:00Z,100,101,99.5,99,1     | bars.csv: line 17: low 99.5 is above close 99.0",
        "negative_volume       | 2023-03-16T22:15:00Z,1,1,1,1,-2            | bars.csv: line 17: volume -2.0 is negative",
        "misaligned_time       | 2023-03-16T22:15:30Z,1,1,1,1,1             | bars.csv: line 17: open_time 2023-03-16T22:15:30Z is not aligned to 1m",
    })
    void rejectsBadRowsWithReasonAndLocation(String reason, String line, String detail) {
        ParsedLine parsed = parser.parse(project(line));

        assertThat(parsed).isInstanceOf(ParsedLine.Rejected.class);
        ParsedLine.Rejected rejected = (ParsedLine.Rejected) parsed;
        assertThat(rejected.reason()).isEqualTo(reason);
        assertThat(rejected.detail()).isEqualTo(detail);
    }

    @Test
    void detectsFormatsFromTheFirstLine() {
        assertThat(BarFileFormat.detect("open_time,open,high,low,close,volume")).isEqualTo(BarFileFormat.PROJECT_CSV);
        assertThat(BarFileFormat.detect("1679004900000,1,1,1,1,0")).isEqualTo(BarFileFormat.PROJECT_CSV);
        assertThat(BarFileFormat.detect("1735689600000000,1,1,1,1,8,1735689659999999,7,13,4,3,0")).isEqualTo(BarFileFormat.BINANCE_KLINE);
        assertThat(BarFileFormat.detect("time;price")).isNull();
    }

    @Test
    void decimalsParseToTheSameDoubleAsTheJdkBitForBit() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> texts = new ArrayList<>(List.of("0", "-0", "+5", "0.1", "0.3", ".5", "1.", "-.25",
                "123456789012345", "1234567890123456", "0.000000000000001", "9007199254740993", "99999.99999999999",
                " 12.5", "12.5 ", "1e5", "1.5E-3", "NaN", "Infinity", "-Infinity", "0x1p3", "1.0d", "12,5", "", ".", "-",
                "1..2", "abc"));
        for (int n = 0; n < 200_000; n++) {
            long mantissa = random.nextLong(1, 10_000_000_000_000_000L);
            String digits = Long.toString(mantissa);
            int point = random.nextInt(digits.length() + 1);
            texts.add((random.nextBoolean() ? "-" : "") + digits.substring(0, point) + "." + digits.substring(point));
            texts.add(Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(-8, 9))));
        }
        for (String text : texts) {
            Object jdk;
            try {
                jdk = Double.doubleToRawLongBits(Double.parseDouble(text.strip()));
            } catch (NumberFormatException e) {
                jdk = "refused";
            }
            Object ours;
            try {
                ours = Double.doubleToRawLongBits(BarLineParser.decimal("x," + text + ",y", 2, 2 + text.length()));
            } catch (NumberFormatException e) {
                ours = "refused";
            }
            assertThat(ours).as(text).isEqualTo(jdk);
        }
    }
}
