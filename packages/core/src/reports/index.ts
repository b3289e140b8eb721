export * from "./catalogue";
export * from "./figureChange";
export * from "./figureSentence";
export * from "./figureValue";
export * from "./formatFigure";
export * from "./permissions";
export * from "./schoolData";
export * from "./yearEndChecks";
