package com.adaptive.core.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the classifier's thresholds from a .properties file. */
class RegimeConfigTest {
    @TempDir
    Path dir;

    @Test
    void missingKeysKeepTheirDefaultsAndPrefixedOrForeignKeysAreHandled() throws IOException {
        Path file = dir.resolve("regime.properties");
        Files.writeString(file, "# thresholds\ntrendSlopeMin=5\nregime.confirmDecisions=3\nlake.path=/tmp/x\n");
        RegimeConfig c = RegimeConfig.load(file);
        assertThat(c.trendSlopeMin()).isEqualTo(5.0);
        assertThat(c.confirmDecisions()).isEqualTo(3);
        assertThat(c.atrPeriodBars()).isEqualTo(RegimeConfig.DEFAULTS.atrPeriodBars());
    }

    @Test
    void theDefaultsSurviveARoundTripThroughPropertiesText() throws IOException {
        Path file = dir.resolve("defaults.properties");
        Files.writeString(file, RegimeConfig.DEFAULTS.toProperties());
        assertThat(RegimeConfig.load(file)).isEqualTo(RegimeConfig.DEFAULTS);
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheFileAndKey() throws IOException {
        Path file = dir.resolve("typo.properties");
        Files.writeString(file, "trendSlopMin=5\n");
        assertThatThrownBy(() -> RegimeConfig.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot read regime config typo.properties: unknown key 'trendSlopMin', expected one of ");
    }

    @Test
    void badValuesAreErrorsNamingTheKey() {
        Properties p = new Properties();
        p.setProperty("atrPeriodBars", "fourteen");
        assertThatThrownBy(() -> RegimeConfig.fromProperties(p, "x.properties")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read regime config x.properties: atrPeriodBars 'fourteen' is not an integer");
        p.setProperty("atrPeriodBars", "0");
        assertThatThrownBy(() -> RegimeConfig.fromProperties(p, "x.properties")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read regime config x.properties: atrPeriodBars must be at least 1, was: 0");
        Properties q = new Properties();
        q.setProperty("rangeSlopeMax", "9");
        assertThatThrownBy(() -> RegimeConfig.fromProperties(q, "y.properties")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read regime config y.properties: rangeSlopeMax must not exceed trendSlopeMin, was: 9.0 > 0.5");
        Properties r = new Properties();
        r.setProperty("rangeDriftMax", "1.5");
        assertThatThrownBy(() -> RegimeConfig.fromProperties(r, "z.properties")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read regime config z.properties: rangeDriftMax must not exceed trendDriftMin, was: 1.5 > 0.9");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> RegimeConfig.load(dir.resolve("nope.properties"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read regime config nope.properties: no such file");
    }

    @Test
    void theThirteenSettingConstructorOfTheFirstVersionKeepsTheDriftDefaults() {
        RegimeConfig d = RegimeConfig.DEFAULTS;
        RegimeConfig old = new RegimeConfig(d.atrPeriodBars(), d.vwapWindowBars(), d.slopeWindowBars(), d.shortVolBars(), d.longVolBars(),
                d.atrPercentileSamples(), d.trendSlopeMin(), d.rangeSlopeMax(), d.highVolAtrPercentileMin(), d.highVolRatioMin(),
                d.fadingRatioMax(), d.volSpikeRatioMin(), d.confirmDecisions());
        assertThat(old).isEqualTo(d);
        assertThat(d.warmupBars()).isEqualTo(168 * 60 + 14);
    }
}
