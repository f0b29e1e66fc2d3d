package com.adaptive.core.regime;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.indicator.AtrIndicator;
import com.adaptive.core.indicator.LinearRegressionSlopeIndicator;
import com.adaptive.core.indicator.RealizedVolatilityIndicator;
import com.adaptive.core.indicator.RollingVwapIndicator;
import com.adaptive.core.sim.RegimeSimulator;
import com.adaptive.core.sim.SimulatedMarket;
import com.adaptive.core.sim.SimulatorConfig;
import java.io.BufferedWriter;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The study behind core/README.md's "can the rule family reach 90 %?": computes, at every decision of the default
 * classifier on seeds 1–5 (calibration) and 101–110 (unseen), the slope of rolling VWAPs and of closes over several
 * windows (ATRs per hour), several short/long volatility ratios and the ATR percentile; then grid-searches an
 * extended rule list (any slope/vol window, fast-vs-slow slope disagreement → TRANSITION, mid-level vol ratio →
 * TRANSITION, asymmetric HIGH_VOLATILITY confirmation) on seeds 1–5 and prints the best on 101–110. With
 * {@code dump FILE} it writes the per-decision features as CSV (seed, label ordinal, then 5 lags × 14 columns) for
 * fitting a decision tree as an upper bound of threshold rules. Not a test; run it with
 * {@code java -cp core/target/classes:core/target/test-classes com.adaptive.core.regime.RegimeRuleFamilyStudy [dump FILE]}.
 */
public final class RegimeRuleFamilyStudy {
    private RegimeRuleFamilyStudy() {
    }

    public static void main(String[] a) throws IOException {
        if (a.length == 2 && a[0].equals("dump")) {
            dump(a[1]);
        } else {
            grid(a);
        }
    }

    static void dump(String file) throws IOException {
        try (PrintWriter w = new PrintWriter(new BufferedWriter(new FileWriter(file)))) {
            for (long seed : new long[] {1, 2, 3, 4, 5, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110}) {
                S s = build(seed);
                int p = s.f.length;
                int[] lags = {0, 3, 6, 12, 24};
                for (int d = 24; d < s.n; d++) {
                    if (s.lab[d] < 0) {
                        continue;
                    }
                    boolean nan = false;
                    StringBuilder sb = new StringBuilder().append(seed).append(',').append(s.lab[d]);
                    for (int lag : lags) {
                        for (int k = 0; k < p; k++) {
                            double x = s.f[k][d - lag];
                            nan |= Double.isNaN(x);
                            sb.append(',').append((float) x);
                        }
                    }
                    if (!nan) {
                        w.println(sb);
                    }
                }
            }
        }
    }

  // per seed arrays per decision
  static final class S { int n; int[] lab; double[][] f; }
  static String[] NAMES;
  static S build(long seed){
    SimulatedMarket m=new RegimeSimulator(SimulatorConfig.DEFAULTS).simulate(seed,86400);
    BarSeries b=m.bars(); double[] h=b.high(),l=b.low(),c=b.close(),v=b.volume();
    RegimeClassification cl=RegimeClassification.classify(b,RegimeConfig.DEFAULTS);
    double[] atr=AtrIndicator.compute(h,l,c,14);
    List<double[]> cols=new ArrayList<>(); List<String> names=new ArrayList<>();
    int[][] sl={{120,60},{60,60},{60,30},{30,30},{90,45},{240,60}};
    for(int[] p:sl){ double[] vw=RollingVwapIndicator.compute(h,l,c,v,p[0]); double[] s=LinearRegressionSlopeIndicator.compute(vw,p[1]);
      double[] o=new double[c.length]; for(int i=0;i<c.length;i++)o[i]=s[i]*60/atr[i]; cols.add(o); names.add("s"+p[0]+"_"+p[1]);}
    for(int w:new int[]{30,60,120}){ double[] s=LinearRegressionSlopeIndicator.compute(c,w); double[] o=new double[c.length]; for(int i=0;i<c.length;i++)o[i]=s[i]*60/atr[i]; cols.add(o); names.add("c"+w);}
    double[] lv=RealizedVolatilityIndicator.compute(c,2880);
    for(int w:new int[]{15,30,60,120}){ double[] rv=RealizedVolatilityIndicator.compute(c,w); double[] o=new double[c.length]; for(int i=0;i<c.length;i++)o[i]=rv[i]/lv[i]; cols.add(o); names.add("r"+w);}
    double[] atr5=AtrIndicator.compute(h,l,c,5);
    NAMES=names.toArray(new String[0]);
    S s=new S(); s.n=cl.size(); s.lab=new int[s.n]; s.f=new double[names.size()+1][s.n];
    for(int d=0;d<s.n;d++){ int i=5*d+4; s.lab[d]= cl.rule(d)==RegimeRule.WARMUP?-1:m.labels().regimes()[i].ordinal();
      for(int k=0;k<cols.size();k++) s.f[k][d]=cols.get(k)[i];
      s.f[cols.size()][d]=cl.get(d).atrPercentile(); }
    return s;
  }

  static int idx(String n){ return Arrays.asList(NAMES).indexOf(n);}
  // params
  record P(int s,int fs,int v,double T,double R,double spike,double pctMin,double vr,double fade,double fLo,double fHi,double volMidLo,int conf,int confHv){}
  static double[] eval(List<S> data,P p,long[][] cm){
    int pc=NAMES.length;
    for(S s:data){ int cur=2, pend=-1, pn=0;
      for(int d=0;d<s.n;d++){ double S=s.f[p.s][d], F=s.f[p.fs][d], V=s.f[p.v][d], pct=s.f[pc][d];
        if(s.lab[d]<0) continue;
        int cand;
        if(Double.isNaN(S)||Double.isNaN(V)||Double.isNaN(pct)) cand=-1;
        else if(V>=p.spike) cand=3;
        else if(pct>=p.pctMin && V>=p.vr) cand=3;
        else if(pct>=p.pctMin && V<=p.fade) cand=2;
        else if(V>=p.volMidLo) cand=2;
        else { double a=Math.abs(S), af=Math.abs(F);
          if(a>=p.T) cand = (af<p.fLo || F*S<0) ? 2 : 0;
          else if(a<=p.R) cand = af>p.fHi ? 2 : 1;
          else cand=2; }
        int rep;
        if(cand<0) rep=2;
        else if(cand==2||cand==cur){rep=cand;pn=0;pend=-1;}
        else { pn = cand==pend? pn+1:1; pend=cand; int need= cand==3?p.confHv:p.conf; if(pn>=need){cur=cand;rep=cand;pn=0;pend=-1;} else rep=2; }
        cm[s.lab[d]][rep]++;
      }
    }
    long tot=0,hit=0; double[] rec=new double[4];
    for(int i=0;i<4;i++){ long r=0; for(int j=0;j<4;j++){r+=cm[i][j];tot+=cm[i][j];} hit+=cm[i][i]; rec[i]=(double)cm[i][i]/r;}
    return new double[]{(double)hit/tot,rec[0],rec[1],rec[2],rec[3]};
  }
  static void grid(String[] a){
    List<S> cal=new ArrayList<>(), test=new ArrayList<>();
    for(long s=1;s<=5;s++)cal.add(build(s));
    for(long s=101;s<=110;s++)test.add(build(s));
    // baseline check
    P base=new P(idx("s120_60"),idx("s120_60"),idx("r60"),3.5,3.0,2.0,0.93,1.5,0.75,-1,1e9,1e9,2,2);
    System.out.println("base cal "+Arrays.toString(eval(cal,base,new long[4][4]))+" test "+Arrays.toString(eval(test,base,new long[4][4])));
    List<P> grid=new ArrayList<>();
    String[] slows=a.length>0?a[0].split(","):new String[]{"s120_60","c120","s90_45","s60_60"};
    String[] fasts=a.length>1?a[1].split(","):new String[]{"c30","c60","s30_30","s60_30"};
    String[] vols=a.length>2?a[2].split(","):new String[]{"r15","r30","r60"};
    for(String sn:slows)for(String fn:fasts)for(String vn:vols)
    for(double T:new double[]{3.0,3.5,4.0})for(double R:new double[]{2.0,2.5,3.0})if(R<=T)
    for(double spike:new double[]{1.6,1.8,2.0})for(double vmid:new double[]{1.3,1.45,1e9})
    for(double fLo:new double[]{-1,1.0,2.0})for(double fHi:new double[]{4,6,1e9})
    for(int conf:new int[]{1,2})for(int chv:new int[]{1,2})
      grid.add(new P(idx(sn),idx(fn),idx(vn),T,R,spike,0.93,1.5,0.75,fLo,fHi,vmid,conf,chv));
    System.out.println(grid.size()+" configs");
    record Sc(double acc,double[] r,P p){}
    List<Sc> res=grid.parallelStream().map(p->{double[] r=eval(cal,p,new long[4][4]); double minr=Math.min(r[1],Math.min(r[2],r[4])); return new Sc(r[0]-Math.max(0,0.85-minr),r,p);}).sorted((x,y)->Double.compare(y.acc,x.acc)).toList();
    for(int i=0;i<8;i++){ Sc s=res.get(i); P p=s.p; System.out.printf("cal %s  test %s | %s %s %s %s%n",Arrays.toString(s.r),Arrays.toString(eval(test,p,new long[4][4])),NAMES[p.s()],NAMES[p.fs()],NAMES[p.v()],p);}
  }
}
