import type { CatalogueEntry } from "./entry";
import { excelMessages } from "./excel";
import { agencyMessages } from "./agency";
import { commonMessages } from "./common";
import { numberMessages } from "./number";
import { statusMessages } from "./status";
import { summaryMessages } from "./summary";
import { targetMessages } from "./target";
import { timeframeMessages } from "./timeframe";
import { periodMessages } from "./period";
import { workbookMessages } from "./workbook";
import { uiMessages } from "./ui";
import { validationMessages } from "./validation";
import { recognizeMessages } from "./recognize";
import { templateMessages } from "./template";
import { layoutMessages } from "./layout";
import { gasMessages } from "./gas";
import { shareMessages } from "./share";
import { docxMessages } from "./docx";

/** The one message catalogue, assembled from one part per module so parts stay small. */
export const catalogue = {
  ...commonMessages,
  ...numberMessages,
  ...targetMessages,
  ...timeframeMessages,
  ...periodMessages,
  ...workbookMessages,
  ...agencyMessages,
  ...validationMessages,
  ...statusMessages,
  ...summaryMessages,
  ...uiMessages,
  ...recognizeMessages,
  ...templateMessages,
  ...layoutMessages,
  ...gasMessages,
  ...excelMessages,
  ...shareMessages,
  ...docxMessages,
} satisfies Record<string, CatalogueEntry>;

export type MessageCode = keyof typeof catalogue;
export type { CatalogueEntry };
