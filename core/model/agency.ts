import { z } from "zod";

export const AgencyKindSchema = z.enum([
  "department", // Sở, Ban quản lý, Cục, Công an tỉnh, Bộ Chỉ huy Quân sự ...
  "committee", // UBND tỉnh, HĐND tỉnh, UBND TP Hải Dương
  "organisation", // Hội, Liên đoàn, MTTQ, Báo, Đài, Ngân hàng CSXH, BHXH ...
  "group", // "Các sở, ban, ngành liên quan", "UBND các huyện, thành phố": a phrase, not one body
  "central", // Bộ, Chính phủ, Thủ tướng (appear in triggers and approval levels)
]);

/** A body that took over (part of) an agency's remit, from a date. */
export const SuccessorSchema = z.object({
  id: z.string(),
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Which part of the remit moved there ("giảm nghèo"), null for all of it. */
  scope: z.string().nullable(),
});

export const ContactSchema = z.object({
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const AgencySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  kind: AgencyKindSchema,
  /** Short forms used in plans: "Sở LĐTBXH", "Sở Lao động - TBXH". */
  shortForms: z.array(z.string()),
  /** Other spellings seen in plans (punctuation, case, dash variants count as the same). */
  aliases: z.array(z.string()),
  successors: z.array(SuccessorSchema),
  /** The date the body ceased to exist, if it did. */
  dissolved: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  contacts: z.array(ContactSchema),
});

export const AgencyRegistrySchema = z.object({
  version: z.string(),
  agencies: z.array(AgencySchema),
});

/** An agency cell of a plan: the raw text as printed and what it was matched to. */
export const AgencyRefSchema = z.object({
  raw: z.string(),
  ids: z.array(z.string()),
  /** Parts of the cell that matched no registry entry. */
  unknown: z.array(z.string()),
});

export type AgencyKind = z.infer<typeof AgencyKindSchema>;
export type Successor = z.infer<typeof SuccessorSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type AgencyRegistry = z.infer<typeof AgencyRegistrySchema>;
export type AgencyRef = z.infer<typeof AgencyRefSchema>;
