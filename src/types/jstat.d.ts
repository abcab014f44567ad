// Minimal typings for the part of jstat rivalgraph uses (jstat ships none).
declare module 'jstat' {
  const jstat: {
    jStat: {
      studentt: {
        /** Quantile of Student's t distribution with `dof` degrees of freedom. */
        inv(p: number, dof: number): number;
      };
    };
  };
  export default jstat;
}
