/**
 * Pure rules of the knowledge base: how Arabic and English text is folded so that a member finds an answer however
 * they spell the question (with or without tashkeel, any form of alef or hamza). Policy: "answers fitting members'
 * questions".
 */
package coop.khidma.knowledge.control;
