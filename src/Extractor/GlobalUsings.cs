// The vocabulary (printed words, patterns) and the one text normaliser are visible to every stage.
global using Extractor.Vocabulary;
