/**
 * The report command's usage line, apart from the report code so the CLI's help loads no docx (issue 15).
 */

/** The usage line to add to the CLI's help. */
export const REPORT_USAGE = `  gridscore report <file.xlsx|evaluation.json|consensus.xlsx> -o report.docx [--sheet report.xlsx] [--force]
                                                       生成评估报告（Word；--sheet 另存报告和整改台账工作表）
                                                       / the evaluation report (Word; --sheet also writes the report and follow-up register as a workbook)`;
