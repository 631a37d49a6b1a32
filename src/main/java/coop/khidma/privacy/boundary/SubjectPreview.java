package coop.khidma.privacy.boundary;

import coop.khidma.platform.personaldata.PersonalRecords.Section;

import java.util.List;

/**
 * Exactly which records a right covers, before anything happens: whether the request's mobile is bound to the verified
 * national ID (otherwise records held only by that mobile are left out), the records section by section, and the
 * counts line.
 */
public record SubjectPreview(boolean mobileBound, List<Section> sections, String counts) {
}
